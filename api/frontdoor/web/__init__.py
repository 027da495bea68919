"""The pages people and staff use in a browser: the chat page and the link worker dashboard."""
