-- Each company's office networks (Bitrix24's timeman.networkrange), in the order they were set:
-- a range is its first and last address as written (one address when both are the same).
CREATE TABLE office_networks (
    tenant_id     UUID NOT NULL,
    position      INTEGER NOT NULL,
    first_address VARCHAR(45) NOT NULL,
    last_address  VARCHAR(45) NOT NULL,
    name          VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_office_networks PRIMARY KEY (tenant_id, position)
);
