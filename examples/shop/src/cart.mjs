// A small shop with real bugs, so the example reports show real failures.
export function lineTotal(item) {
  return item.price.amount * item.quantity;
}

export function cartTotal(items) {
  return items.reduce((sum, item) => sum + lineTotal(item), 0);
}

export function applyDiscount(total, percent) {
  // Bug: the discount is ignored above 50 %.
  if (percent > 50) return total;
  return Math.round(total * (100 - percent)) / 100;
}

export async function loadCart(id, fetchCart) {
  const cart = await fetchCart(id);
  if (!cart) throw new Error(`cart ${id} not found`);
  return cart;
}
