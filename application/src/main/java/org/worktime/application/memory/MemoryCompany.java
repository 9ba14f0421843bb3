package org.worktime.application.memory;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.worktime.domain.employee.CompanySlug;
import org.worktime.domain.place.NetworkRange;

/** A company's own settings in memory: its account name and its office networks. */
record MemoryCompany(Option<CompanySlug> slug, List<NetworkRange> officeNetworks) {

  static final MemoryCompany NONE = new MemoryCompany(Option.none(), List.empty());

  MemoryCompany withSlug(CompanySlug given) {
    return new MemoryCompany(Option.some(given), officeNetworks);
  }

  MemoryCompany withOfficeNetworks(List<NetworkRange> ranges) {
    return new MemoryCompany(slug, ranges);
  }
}
