# The vetkit application itself (webapp and worker, once they exist; for now the `vetkit` CLI).
# Build: docker build --network host -t vetkit .   (a TLS-intercepting proxy: put its CA as build-ca.crt here)
ARG BASE_IMAGE=python:3.11-slim-bookworm
FROM ${BASE_IMAGE}

ARG DEBIAN_FRONTEND=noninteractive
COPY pyproject.toml README.md build-ca.cr[t] /src/
RUN set -eu; ca=/etc/ssl/certs/ca-certificates.crt; [ -f /src/build-ca.crt ] && ca=/src/build-ca.crt; \
    command -v python3 >/dev/null && python3 -c 'import venv, ensurepip' 2>/dev/null || { \
        apt-get -o Acquire::https::CAInfo="$ca" update -q; \
        apt-get -o Acquire::https::CAInfo="$ca" install -y -q --no-install-recommends python3 python3-venv; \
        rm -rf /var/lib/apt/lists/*; }; \
    python3 -m venv /opt/vetkit
COPY sandbox/ /src/sandbox/
COPY grader/ /src/grader/
COPY question_bank/ /src/question_bank/
COPY assessments/ /src/assessments/
COPY webapp/ /src/webapp/
COPY vetkit/ /src/vetkit/
RUN set -eu; ca=/etc/ssl/certs/ca-certificates.crt; [ -f /src/build-ca.crt ] && ca=/src/build-ca.crt; \
    PIP_CERT="$ca" /opt/vetkit/bin/pip install --no-cache-dir /src; rm -f /src/build-ca.crt

ENV PATH=/opt/vetkit/bin:$PATH
ENTRYPOINT ["vetkit"]
CMD ["--help"]
