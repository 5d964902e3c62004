package org.multistakeholder.signatories.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrganizationNamesTests {

    @Test
    void shouldIgnoreCaseAccentsAndRepeatedSpaces() {
        assertEquals("associacao dns.pt, portuguese registry", OrganizationNames.normalize("  Associação   DNS.PT, Portuguese Registry "));
        assertEquals(OrganizationNames.normalize("DENIC eG"), OrganizationNames.normalize("denic EG"));
    }

    @Test
    void shouldSortTheSeedSignatoriesInTheSeedsOrder() {
        List<String> seed = List.of(
                "Asia Pacific Network Information Centre (APNIC)", "Associação DNS.PT, Portuguese Registry",
                "au Domain Administration Ltd (auDA)", "Blacknight", "Canadian Internet Registration Authority (CIRA)",
                "DENIC eG", "GoDaddy", "Identity Digital", "IE Domain Registry CLG trading as .ie", "InternetNZ",
                "Japan Network Information Center (JPNIC)", "Japan Registry Services Co., Ltd.",
                "Network Information Center Costa Rica", "Nominet UK", "Public Interest Registry", "Tucows, Inc.");
        List<String> sorted = seed.stream().sorted(Comparator.comparing(OrganizationNames::normalize)).toList();
        assertEquals(seed, sorted);
    }
}
