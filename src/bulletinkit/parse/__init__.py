"""Plain text to bulletinkit models: layout, dates, actors, meetings, license."""
