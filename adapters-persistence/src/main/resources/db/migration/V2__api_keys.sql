-- API keys, OAuth clients and access tokens. Only the SHA-256 of each secret is kept (hex); the
-- token itself names the tenant, so the lookup starts with tenant_id like every key here.
CREATE TABLE api_keys (
    tenant_id    UUID NOT NULL,
    id           UUID NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    employee_id  UUID NOT NULL,
    label        VARCHAR NOT NULL,
    secret_hash  VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_nanos INTEGER NOT NULL,
    expires_at   VARCHAR(40),
    revoked_at   VARCHAR(40),
    CONSTRAINT pk_api_keys PRIMARY KEY (tenant_id, id),
    CONSTRAINT fk_api_keys_employee FOREIGN KEY (tenant_id, employee_id)
        REFERENCES employees (tenant_id, id),
    CONSTRAINT ck_api_keys_kind CHECK (kind IN ('API_KEY', 'OAUTH_CLIENT', 'ACCESS_TOKEN'))
);

CREATE INDEX ix_api_keys_created ON api_keys (tenant_id, created_at);
