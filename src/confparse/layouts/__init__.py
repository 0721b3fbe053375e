"""Built-in layouts, one module each. See `confparse.registry` for how layouts plug in."""
