import { describe, expect, it } from 'vitest';
import { applyDiscount, cartTotal } from '../src/cart.mjs';

describe('discounts', () => {
  it('takes 10 % off', () => {
    expect(applyDiscount(200, 10)).toBe(180);
  });
  it('takes 75 % off in the clearance sale', () => {
    expect(applyDiscount(200, 75)).toBe(50);
  });
  it('discounts a cart with a gift line', () => {
    expect(applyDiscount(cartTotal([{ name: 'gift', quantity: 1 }]), 10)).toBe(0);
  });
  it.todo('stacks two discounts');
});
