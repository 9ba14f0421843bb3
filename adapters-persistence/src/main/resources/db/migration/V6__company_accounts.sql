-- Each company's account name (its slug), as Staffomatic clients put it in their paths
-- (/v3/<slug>/...). One per company; no two companies share one, compared as stored (lower case).
CREATE TABLE company_accounts (
    tenant_id UUID NOT NULL,
    slug      VARCHAR(63) NOT NULL,
    CONSTRAINT pk_company_accounts PRIMARY KEY (tenant_id),
    CONSTRAINT uq_company_accounts_slug UNIQUE (slug)
);
