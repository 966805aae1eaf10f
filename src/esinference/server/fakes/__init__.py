"""The fake models and tools that stand in for real inference services."""
