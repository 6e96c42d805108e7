CREATE GRAPH <http://x/g>
