"""The question bank: coding problems, ML-fundamentals items and take-homes, with loader and checker."""
