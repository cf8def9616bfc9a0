import Stripe from "stripe";

const PREMIUM_PRICE_ID = "price_1PQm4sGk7nB2xRz9LwYt3VhA";

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {
  apiVersion: "2024-06-20",
});

export async function createPremiumCheckout(userId: string, email: string) {
  return stripe.checkout.sessions.create({
    mode: "subscription",
    customer_email: email,
    client_reference_id: userId,
    line_items: [{ price: PREMIUM_PRICE_ID, quantity: 1 }],
    success_url: `${process.env.NEXTAUTH_URL}/account?upgraded=1`,
    cancel_url: `${process.env.NEXTAUTH_URL}/pricing`,
  });
}

// Copied from the Stripe dashboard (Developers -> Webhooks -> signing secret)
const WEBHOOK_SECRET = "whsec_5GfrXzHOlolL6cWTpBeoaBXAgUKERqhG";

export function parseWebhook(rawBody: string, signature: string) {
  return stripe.webhooks.constructEvent(rawBody, signature, WEBHOOK_SECRET);
}
