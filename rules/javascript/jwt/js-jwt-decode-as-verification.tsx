"use client";
import { useEffect, useState } from "react";
import { jwtDecode } from "jwt-decode";

type Claims = { name: string; exp: number };

// Decoding in the browser to show the user's name is normal: the API verifies the token.
export function Greeting() {
  const [claims, setClaims] = useState<Claims | null>(null);
  useEffect(() => {
    const token = localStorage.getItem("token");
    // ok: js-jwt-decode-as-verification
    if (token) setClaims(jwtDecode<Claims>(token));
  }, []);
  return <p>Hello {claims?.name ?? "guest"}</p>;
}

export function isSessionExpired(token: string) {
  // ok: js-jwt-decode-as-verification
  const { exp } = jwtDecode<Claims>(token);
  return exp * 1000 < Date.now();
}
