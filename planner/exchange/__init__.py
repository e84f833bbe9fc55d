"""The plan in and out of other tools: iCalendar files and spreadsheets' CSV."""
