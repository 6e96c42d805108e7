# a comment first
PREFIX x: <http://x/>
\u0049NSERT DATA { x:s x:p x:o }
