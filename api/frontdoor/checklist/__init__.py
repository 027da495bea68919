"""The preliminary concerns checklist: its definition, and reading concerns from what people write."""
