"""The capture stage: readers that turn an input into a `Document`."""
