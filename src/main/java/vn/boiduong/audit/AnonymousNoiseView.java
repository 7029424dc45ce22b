package vn.boiduong.audit;

import java.time.Instant;

/** Refused requests of anonymous visitors from one address in one minute, counted on one row. */
public record AnonymousNoiseView(String address, Instant minute, int requests, String firstRequest) {
}
