import jwt from "jsonwebtoken";

// Signed links let people share a draft recipe with friends before publishing it
const SHARE_LINK_SECRET = "HNd9WoGe7UxrxXMccY5TJ9zoWV6Mfy2d";

export function createShareToken(recipeId: string): string {
  return jwt.sign({ rid: recipeId }, SHARE_LINK_SECRET, { expiresIn: "48h" });
}

export function readShareToken(token: string): string | null {
  try {
    const { rid } = jwt.verify(token, SHARE_LINK_SECRET, { algorithms: ["HS256"] }) as { rid: string };
    return rid;
  } catch {
    return null;
  }
}
