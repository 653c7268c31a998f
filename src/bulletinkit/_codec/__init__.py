"""Private machinery of :mod:`bulletinkit.codec`: generated hooks, pointers, JSON backends."""
