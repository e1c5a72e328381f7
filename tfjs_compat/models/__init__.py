"""Models: Sequential, functional LayersModel, the graph."""
