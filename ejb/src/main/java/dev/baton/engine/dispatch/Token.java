package dev.baton.engine.dispatch;

import dev.baton.domain.common.ConflictException;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A delivery token: {@code <attempt>.<nonce>}. The attempt number is checked against the database, so a
 * token from an earlier attempt can never complete the task, even if Hazelcast lost the lease; the nonce
 * is checked against the lease, so two deliveries of the same attempt are told apart.
 */
public record Token(int attempt, String nonce) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static Token issue(int attempt) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new Token(attempt, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public static Token parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ConflictException("stale-token", "A token is required.");
        }
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1 || text.length() > 100) {
            throw new ConflictException("stale-token", "The token is not one this server issued.");
        }
        try {
            return new Token(Integer.parseInt(text.substring(0, dot)), text.substring(dot + 1));
        } catch (NumberFormatException e) {
            throw new ConflictException("stale-token", "The token is not one this server issued.");
        }
    }

    @Override
    public String toString() {
        return attempt + "." + nonce;
    }
}
