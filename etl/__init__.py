"""The write side: reading reports and sheets, extraction, validation, loads and the CLI."""
