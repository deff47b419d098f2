"""Adapters for the tools pipelines already use: `scrapy` (an item pipeline) and `datatrove`
(an extractor step). Each imports its library only when used (optional extras)."""
