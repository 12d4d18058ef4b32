"""placeline: news articles in, dated places out. The core never imports Streamlit."""

__version__ = "0.1.0"
