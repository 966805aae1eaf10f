"""Adapters to application frameworks: ``esinference.integrations.langchain`` and ``.llamaindex``.

Each module needs its framework (``pip install esinference[langchain]`` or
``esinference[llamaindex]``); importing this package imports neither.
"""
