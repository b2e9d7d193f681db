package dev.baton.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API's root; the web module is deployed at {@code /api}, so resources live under {@code /api/v1}. */
@ApplicationPath("/v1")
public class BatonApi extends Application {
}
