"""Safety: the policy, the text and frame guards, and the five check points of a turn."""
