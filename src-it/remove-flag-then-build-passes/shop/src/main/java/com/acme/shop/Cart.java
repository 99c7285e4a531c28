package com.acme.shop;

/** What is in the basket: how many items, and their price in cents. */
public record Cart(int items, int cents) {
}
