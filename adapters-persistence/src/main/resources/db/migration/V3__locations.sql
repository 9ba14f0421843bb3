-- A tenant's sites; employees.location_id points at one.
CREATE TABLE locations (
    tenant_id UUID NOT NULL,
    id        UUID NOT NULL,
    name      VARCHAR NOT NULL,
    CONSTRAINT pk_locations PRIMARY KEY (tenant_id, id)
);

CREATE INDEX ix_locations_name ON locations (tenant_id, name);

ALTER TABLE employees ADD CONSTRAINT fk_employees_location
    FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id);
