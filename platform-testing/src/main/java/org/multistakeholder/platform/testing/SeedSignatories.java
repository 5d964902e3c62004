package org.multistakeholder.platform.testing;

import java.util.List;

/**
 * The signatories of seed 002, the coalition statement: "Signatories as of 11 June 2024 (in alphabetical order)",
 * as the seed names and orders them. The demo data loads them, and a list as of that day must give them back so.
 */
public final class SeedSignatories {

    public static final List<String> NAMES = List.of(
            "Asia Pacific Network Information Centre (APNIC)",
            "Associação DNS.PT, Portuguese Registry",
            "au Domain Administration Ltd (auDA)",
            "Blacknight",
            "Canadian Internet Registration Authority (CIRA)",
            "DENIC eG",
            "GoDaddy",
            "Identity Digital",
            "IE Domain Registry CLG trading as .ie",
            "InternetNZ",
            "Japan Network Information Center (JPNIC)",
            "Japan Registry Services Co., Ltd.",
            "Network Information Center Costa Rica",
            "Nominet UK",
            "Public Interest Registry",
            "Tucows, Inc.");

    private SeedSignatories() {
    }
}
