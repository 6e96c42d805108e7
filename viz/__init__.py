"""unikg.viz: pictures of the partnership network.

``views`` decides what a view shows (the whole network, an ego network, an alliance; caps and
layouts), ``page`` renders it as a pyvis page with our own template and vendored vis-network,
``png`` as a matplotlib picture, ``cli`` is ``unikg viz``. The HTTP routes are in
``unikg.api.routers.viz``.
"""
