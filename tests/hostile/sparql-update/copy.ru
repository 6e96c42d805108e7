COPY DEFAULT TO <http://x/g>
