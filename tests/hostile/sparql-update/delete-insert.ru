PREFIX ukg: <https://w3id.org/unikg/ontology#>
DELETE { ?s ukg:partyOf ?o } INSERT { ?s ukg:partyOf <http://x/evil> } WHERE { ?s ukg:partyOf ?o }
