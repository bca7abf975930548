"""A tiny inventory with real bugs, so the example pytest report shows real failures."""

STOCK = {"apple": 3, "pear": 0}


def reserve(name, count):
    available = STOCK[name]
    if count > available:
        raise ValueError(f"only {available} {name} left, wanted {count}")
    STOCK[name] = available - count
    return STOCK[name]


def restock(name, count):
    STOCK[name] = STOCK.get(name, 0) + count
    return STOCK[name] + 1  # Bug: off by one
