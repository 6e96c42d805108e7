LOAD <{rdfxml}>
