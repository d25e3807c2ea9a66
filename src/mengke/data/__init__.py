"""Data tables, apart from logic: numerals, units, qualifiers, regions, document types."""
