LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://x/g>
