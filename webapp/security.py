"""Security headers on every response, with a Content-Security-Policy that allows only our own files.

Scripts and styles come from ``/static`` only; the editor's injected styles carry the
per-request nonce (``csp_nonce()`` in templates).  No framing, no MIME sniffing, no
referrer leaving the site, and HSTS when served over HTTPS.
"""

import secrets

from flask import g, request

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")
HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin",
           "Cross-Origin-Opener-Policy": "same-origin", "Permissions-Policy": "camera=(), microphone=(), geolocation=()"}
HSTS = "max-age=31536000; includeSubDomains"


def csp_nonce():
    """This request's nonce for inline styles (one per request)."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def _add_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP.format(nonce=csp_nonce()))
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    if response.mimetype == "text/html" or request.path.startswith("/api/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def register(app):
    """Add the headers to every response of ``app`` and expose ``csp_nonce`` to templates."""
    app.after_request(_add_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
