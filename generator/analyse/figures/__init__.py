"""Figures of one article: every quantity with its unit, change and what it measures
(`amounts` is the entry).
"""
