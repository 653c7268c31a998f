"""Plain text to bulletins."""
