package dev.baton.domain.common;

import java.util.regex.Pattern;

/**
 * An actor's identity, {@code name#version}, e.g. {@code billing.ChargeCard#1.0}. Versions run side by
 * side, so the whole string is the key of a queue.
 */
public record ActorName(String name, String version) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.$-]{0,150}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,40}");

    public static ActorName parse(String text) {
        if (text == null) {
            throw new InvalidInputException("invalid-actor", "An actor is required, as name#version.");
        }
        int hash = text.indexOf('#');
        if (hash < 0 || hash != text.lastIndexOf('#')) {
            throw new InvalidInputException("invalid-actor",
                    "Actor '" + abbreviate(text) + "' must have the form name#version, e.g. billing.ChargeCard#1.0.");
        }
        String name = text.substring(0, hash);
        String version = text.substring(hash + 1);
        if (!NAME.matcher(name).matches() || !VERSION.matcher(version).matches()) {
            throw new InvalidInputException("invalid-actor",
                    "Actor '" + abbreviate(text) + "' must have the form name#version, using letters, digits and . _ - $.");
        }
        return new ActorName(name, version);
    }

    /** Validates and returns the canonical text form. */
    public static String canonical(String text) {
        return parse(text).toString();
    }

    @Override
    public String toString() {
        return name + "#" + version;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
