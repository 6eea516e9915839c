"""Data: ShapesWorld, dialogue makers, retrieval, the LLM-based instruction-data builder, datasets."""
