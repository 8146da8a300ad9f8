// Typings for the two natural 6.9 files firmograph imports directly (not the whole package).
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}
declare module "natural/lib/natural/phonetics/double_metaphone.js" {
  const DoubleMetaphone: { process(token: string, maxLength?: number): string[] };
  export default DoubleMetaphone;
}
