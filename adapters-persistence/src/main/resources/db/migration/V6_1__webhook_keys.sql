-- Bitrix24 inbound-webhook secrets are API keys of their own kind: they authenticate only inside a
-- webhook URL, together with the number of the employee they were issued for.
ALTER TABLE api_keys DROP CONSTRAINT ck_api_keys_kind;
ALTER TABLE api_keys ADD CONSTRAINT ck_api_keys_kind
    CHECK (kind IN ('API_KEY', 'OAUTH_CLIENT', 'ACCESS_TOKEN', 'WEBHOOK'));
