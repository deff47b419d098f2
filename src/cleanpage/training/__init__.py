"""Corpus building, training and evaluation: importable, no CLI code."""
