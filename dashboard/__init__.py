"""The read side: queries, chart builders, i18n, theme, exports; shared widgets for the pages."""
