#include "crypto/hasher.h"
#include "crypto/keys.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace {

using lj::Bytes;
using lj::PrivateKey;
using lj::PublicKey;
using lj::Result;
using lj::Suite;

constexpr Suite kAllSuites[] = {Suite::Sha256Ed25519, Suite::Sha256P256, Suite::Sm3Sm2};

// ---- A minimal JSON reader, enough for the vector files (core/json is not used on purpose). ----

struct Json {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    std::string text; // string contents, number literal or "true"/"false"
    std::vector<Json> items;
    std::vector<std::pair<std::string, Json>> members;

    const Json& operator[](std::string_view name) const {
        for (const auto& [key, value] : members)
            if (key == name) return value;
        throw std::runtime_error("missing member " + std::string(name));
    }
};

class JsonReader {
public:
    static Json parse(std::string_view text) {
        JsonReader reader(text);
        Json value = reader.value();
        reader.skipSpace();
        if (reader.m_pos != text.size()) reader.error("trailing text");
        return value;
    }

private:
    explicit JsonReader(std::string_view text)
        : m_text(text) {}

    [[noreturn]] void error(const char* what) const {
        throw std::runtime_error("JSON: " + std::string(what) + " at " + std::to_string(m_pos));
    }
    void skipSpace() {
        while (m_pos < m_text.size() &&
               std::string_view(" \t\r\n").find(m_text[m_pos]) != std::string_view::npos)
            ++m_pos;
    }
    char peek() {
        skipSpace();
        if (m_pos >= m_text.size()) error("unexpected end");
        return m_text[m_pos];
    }
    void expect(char c) {
        if (peek() != c) error("unexpected character");
        ++m_pos;
    }

    Json value() {
        Json v;
        const char c = peek();
        if (c == '{') {
            v.kind = Json::Kind::Object;
            ++m_pos;
            if (peek() == '}') return ++m_pos, v;
            do {
                std::string key = string();
                expect(':');
                v.members.emplace_back(std::move(key), value());
            } while (peek() == ',' && ++m_pos);
            expect('}');
        } else if (c == '[') {
            v.kind = Json::Kind::Array;
            ++m_pos;
            if (peek() == ']') return ++m_pos, v;
            do
                v.items.push_back(value());
            while (peek() == ',' && ++m_pos);
            expect(']');
        } else if (c == '"') {
            v.kind = Json::Kind::String;
            v.text = string();
        } else {
            const std::size_t end = m_text.find_first_of(",]} \t\r\n", m_pos);
            v.text = std::string(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
            if (v.text == "true" || v.text == "false")
                v.kind = Json::Kind::Bool;
            else if (v.text != "null")
                v.kind = Json::Kind::Number;
        }
        return v;
    }

    std::string string() {
        expect('"');
        std::string out;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            char c = m_text[m_pos++];
            if (c != '\\') {
                out += c;
                continue;
            }
            c = m_text.at(m_pos++);
            if (c == 'u') {
                unsigned code = std::stoul(std::string(m_text.substr(m_pos, 4)), nullptr, 16);
                m_pos += 4;
                if (code >= 0xd800 && code < 0xdc00 && m_text.substr(m_pos, 2) == "\\u") {
                    const unsigned low = std::stoul(std::string(m_text.substr(m_pos + 2, 4)), nullptr, 16);
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    m_pos += 6;
                }
                appendUtf8(out, code);
            } else {
                const std::string_view from = "\"\\/bfnrt", to = "\"\\/\b\f\n\r\t";
                const std::size_t which = from.find(c);
                if (which == std::string_view::npos) error("bad escape");
                out += to[which];
            }
        }
        expect('"');
        return out;
    }

    static void appendUtf8(std::string& out, unsigned code) {
        auto byte = [&](unsigned b) { out += static_cast<char>(b); };
        if (code < 0x80) {
            byte(code);
        } else if (code < 0x800) {
            byte(0xc0 | (code >> 6));
            byte(0x80 | (code & 0x3f));
        } else if (code < 0x10000) {
            byte(0xe0 | (code >> 12));
            byte(0x80 | ((code >> 6) & 0x3f));
            byte(0x80 | (code & 0x3f));
        } else {
            byte(0xf0 | (code >> 18));
            byte(0x80 | ((code >> 12) & 0x3f));
            byte(0x80 | ((code >> 6) & 0x3f));
            byte(0x80 | (code & 0x3f));
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::filesystem::path dataPath(const std::string& relative) {
    return std::filesystem::path(LJ_TEST_DATA_DIR) / relative;
}

Bytes hex(std::string_view text) {
    const std::optional<Bytes> bytes = lj::fromHex(text);
    if (!bytes) throw std::runtime_error("bad hex in test data");
    return *bytes;
}

Bytes base64(std::string_view text) {
    const std::optional<Bytes> bytes = lj::fromBase64(text);
    if (!bytes) throw std::runtime_error("bad base64 in test data");
    return *bytes;
}

std::string asText(const Bytes& bytes) {
    return {bytes.begin(), bytes.end()};
}

// ---- Wycheproof ----

struct WycheproofTally {
    std::map<std::string, int> byResult; // "valid" / "invalid" / "acceptable"
    int acceptableAccepted = 0;
    int total = 0;
};

WycheproofTally runWycheproof(const std::string& file, Suite suite) {
    const Json root = JsonReader::parse(readFile(dataPath("external/wycheproof/" + file)));
    WycheproofTally tally;
    for (const Json& group : root["testGroups"].items) {
        const Result<PublicKey> key = PublicKey::fromSpkiDer(suite, hex(group["publicKeyDer"].text));
        EXPECT_TRUE(key.ok()) << file << ": " << (key.ok() ? "" : key.error());
        if (!key) continue;
        for (const Json& test : group["tests"].items) {
            const std::string result = test["result"].text;
            const bool accepted = key->verify(asText(hex(test["msg"].text)), hex(test["sig"].text));
            if (result == "valid")
                EXPECT_TRUE(accepted)
                    << file << " tcId " << test["tcId"].text << ": " << test["comment"].text;
            else if (result == "invalid")
                EXPECT_FALSE(accepted)
                    << file << " tcId " << test["tcId"].text << ": " << test["comment"].text;
            else if (accepted)
                ++tally.acceptableAccepted;
            ++tally.byResult[result];
            ++tally.total;
        }
    }
    EXPECT_EQ(tally.total, std::stoi(root["numberOfTests"].text)) << file;
    std::cout << file << ": " << tally.total << " cases, " << tally.byResult["valid"] << " valid accepted, "
              << tally.byResult["invalid"] << " invalid rejected, " << tally.byResult["acceptable"]
              << " acceptable (" << tally.acceptableAccepted << " accepted)\n";
    return tally;
}

TEST(keys, WycheproofEcdsaP256Sha256) {
    const WycheproofTally tally = runWycheproof("ecdsa_secp256r1_sha256_test.json", Suite::Sha256P256);
    EXPECT_EQ(tally.total, 484);
    EXPECT_GT(tally.byResult.at("valid"), 100);
    EXPECT_GT(tally.byResult.at("invalid"), 200);
}

TEST(keys, WycheproofEd25519) {
    const WycheproofTally tally = runWycheproof("ed25519_test.json", Suite::Sha256Ed25519);
    EXPECT_EQ(tally.total, 151);
    EXPECT_GT(tally.byResult.at("valid"), 50);
    EXPECT_GT(tally.byResult.at("invalid"), 40);
}

// ---- SM2: GB/T 32918.5 Annex A ----

struct EvpPkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct EvpMdCtxFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct EvpPkeyCtxFree {
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};

// SM2 verification straight through OpenSSL, with the given distinguishing ID or none at all
// (OpenSSL 3.0's default, which is the empty ID).
bool opensslSm2Verify(const Bytes& spki, std::string_view message, const Bytes& signature,
                      std::optional<std::string_view> id) {
    const unsigned char* cursor = spki.data();
    std::unique_ptr<EVP_PKEY, EvpPkeyFree> key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(spki.size())));
    std::unique_ptr<EVP_PKEY_CTX, EvpPkeyCtxFree> keyCtx(EVP_PKEY_CTX_new(key.get(), nullptr));
    std::unique_ptr<EVP_MD_CTX, EvpMdCtxFree> ctx(EVP_MD_CTX_new());
    if (!key || !keyCtx || !ctx) return false;
    if (id && EVP_PKEY_CTX_set1_id(keyCtx.get(), id->data(), id->size()) != 1) return false;
    EVP_MD_CTX_set_pkey_ctx(ctx.get(), keyCtx.get());
    return EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sm3(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), signature.data(), signature.size(),
                            reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
}

// tests/data/external/sm2/gbt32918-5-annexA.json
struct Sm2AnnexA {
    Json vector = JsonReader::parse(readFile(dataPath("external/sm2/gbt32918-5-annexA.json")));
    Bytes spki() const { return base64(vector["public_key_spki_der_b64"].text); }
    Bytes signature() const { return base64(vector["signature_der_b64"].text); }
    std::string message() const { return vector["message_utf8"].text; }
};

TEST(keys, Sm2AnnexAVerifiesWithDefaultId) {
    const Sm2AnnexA annex;
    ASSERT_EQ(annex.vector["id"].text, lj::kSm2DistinguishingId);
    const Result<PublicKey> key = PublicKey::fromSpkiDer(Suite::Sm3Sm2, annex.spki());
    ASSERT_TRUE(key.ok()) << key.error();
    EXPECT_TRUE(key->verify(annex.message(), annex.signature()));
    EXPECT_FALSE(key->verify("message digesT", annex.signature()));
    Bytes tampered = annex.signature();
    tampered[10] ^= 0x01;
    EXPECT_FALSE(key->verify(annex.message(), tampered));
}

TEST(keys, Sm2AnnexAEmptyIdFailsSoTheIdMatters) {
    const Sm2AnnexA annex;
    EXPECT_TRUE(opensslSm2Verify(annex.spki(), annex.message(), annex.signature(), lj::kSm2DistinguishingId));
    EXPECT_FALSE(
        opensslSm2Verify(annex.spki(), annex.message(), annex.signature(), std::nullopt)); // OpenSSL default
    EXPECT_FALSE(opensslSm2Verify(annex.spki(), annex.message(), annex.signature(), ""));
}

TEST(keys, Sm2AnnexASignatureIsDerOfPublishedRAndS) {
    const Sm2AnnexA annex;
    // Both r and s have the top bit set, so each INTEGER carries a leading zero byte.
    Bytes expected = {0x30, 0x46, 0x02, 0x21, 0x00};
    const Bytes r = hex(annex.vector["r_hex"].text), s = hex(annex.vector["s_hex"].text);
    expected.insert(expected.end(), r.begin(), r.end());
    expected.insert(expected.end(), {0x02, 0x21, 0x00});
    expected.insert(expected.end(), s.begin(), s.end());
    EXPECT_EQ(annex.signature(), expected);
}

TEST(keys, Sm2AnnexAZAndEMatchTheStandard) {
    const Sm2AnnexA annex;
    // Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) with the sm2p256v1 parameters; e = SM3(Z ‖ M).
    const std::string_view id = lj::kSm2DistinguishingId;
    const Bytes spkiDer = annex.spki();
    std::string input = {static_cast<char>(0), static_cast<char>(id.size() * 8)};
    input += id;
    input += asText(hex("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC")); // a
    input += asText(hex("28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93")); // b
    input += asText(hex("32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7")); // xG
    input += asText(hex("BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0")); // yG
    input += asText(Bytes(spkiDer.end() - 64, spkiDer.end()));                                // xA ‖ yA
    lj::Hasher sm3(lj::HashAlgo::Sm3);
    const lj::Hash32 z = sm3.hash(input);
    EXPECT_EQ(lj::toHex(z), annex.vector["z_hex"].text);
    sm3.update(z.data(), z.size());
    sm3.update(annex.message());
    EXPECT_EQ(lj::toHex(sm3.finish()), annex.vector["e_hex"].text);
}

// ---- Real commit signatures from the tiny SLE vectors (validator "ny", block 2). ----

struct CommitSignature {
    Suite suite;
    const char* key;
    const char* message;
    const char* signature;
};

const CommitSignature kCommitSignatures[] = {
    {Suite::Sm3Sm2,
     "MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAE0OJ+4JDUE/0Z4ukh6fGDUdwkgG5w4iBDo0UNaaEt/OHfp50iiT/fRQG4sijJYt6v/"
     "AFiSkFomPNUJMUnnHpjGA==",
     "sle/1 block xc-tiny-sm2 2 985ab9f9a34fa059960b1a1368c3a83f6b0f4067e60410e41c3b580825197153",
     "MEUCIQDbrUqKBf8/FaDMC8cEnhocRJlk5JCKpTbWOkxbAtoNMAIgRi/oXD3AjsrDWqis0QhLTS8cOJs7jVMuTifrnnEdAhQ="},
    {Suite::Sha256P256,
     "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEeiIcXVvnHop4OKEgRNC43BxKYCyVCLzl1KvYdZScZyvfV6oVm9uezB2xZ88cYj0c5Gi"
     "jSXE1YIHs1"
     "eQqp3wURw==",
     "sle/1 block xc-tiny-p256 2 a2d5c08a3163dbc732447301c378350190df9022039862718cce68fd5e92ea2f",
     "MEYCIQCJShAJvSWpDUIw5ntLjf83leksS79kXdx/BgG61/VCZgIhAKD56IXh38JPMYcjPFUmOcDjQrXityozSzUkfRwCf9wm"},
    {Suite::Sha256Ed25519, "MCowBQYDK2VwAyEA6Niyh7UhqW1eL1t0FaIZiuKXxX+T6Dw6u6cx+Hy+SRE=",
     "sle/1 block xc-tiny-ed25519 2 a2d5c08a3163dbc732447301c378350190df9022039862718cce68fd5e92ea2f",
     "tybqLRDV1jkZ/7Ic7rJBKPv9a8PoRvcGHmByfzgIP2svCh8q+VqVK/VqvggV2EFy98k6rpDqXzmImgBioEWBCg=="},
};

TEST(keys, SleCommitSignaturesVerifyAndRejectOtherMessages) {
    for (const CommitSignature& c : kCommitSignatures) {
        const Result<PublicKey> key = PublicKey::fromSpkiBase64(c.suite, c.key);
        ASSERT_TRUE(key.ok()) << key.error();
        const Bytes signature = base64(c.signature);
        EXPECT_TRUE(key->verify(c.message, signature)) << lj::suiteName(c.suite);
        std::string otherHeight = c.message;
        otherHeight.replace(otherHeight.find(" 2 "), 3, " 3 ");
        EXPECT_FALSE(key->verify(otherHeight, signature)) << lj::suiteName(c.suite);
        EXPECT_FALSE(key->verify(std::string(c.message) + "\n", signature)) << lj::suiteName(c.suite);
    }
}

// ---- Our own keys ----

TEST(keys, SignVerifyRoundTripAllSuites) {
    for (Suite suite : kAllSuites) {
        SCOPED_TRACE(std::string(lj::suiteName(suite)));
        const PrivateKey priv = PrivateKey::generate(suite);
        EXPECT_EQ(priv.suite(), suite);
        const PublicKey pub = priv.publicKey();
        const std::string message = "sle/1 block xc-test 7 " + std::string(64, 'a');
        const Bytes signature = priv.sign(message);
        EXPECT_TRUE(pub.verify(message, signature));
        EXPECT_FALSE(pub.verify(message + " ", signature));
        Bytes flipped = signature;
        flipped[flipped.size() / 2] ^= 0x40;
        EXPECT_FALSE(pub.verify(message, flipped));
        EXPECT_FALSE(pub.verify(message, {}));
        EXPECT_TRUE(pub.verify("", priv.sign(""))); // empty message
        // A key of the same suite that did not sign.
        EXPECT_FALSE(PrivateKey::generate(suite).publicKey().verify(message, signature));

        if (suite == Suite::Sha256Ed25519) {
            EXPECT_EQ(signature.size(), 64u);
            EXPECT_EQ(priv.sign(message), signature); // Ed25519 is deterministic
        } else {
            ASSERT_GE(signature.size(), 8u);
            EXPECT_EQ(signature[0], 0x30); // DER SEQUENCE
            EXPECT_EQ(signature[1] + 2u, signature.size());
        }
    }
}

TEST(keys, Sm2SignaturesUseTheDistinguishingId) {
    const PrivateKey priv = PrivateKey::generate(Suite::Sm3Sm2);
    const Bytes spki = priv.publicKey().spkiDer();
    const Bytes signature = priv.sign("hello");
    EXPECT_TRUE(opensslSm2Verify(spki, "hello", signature, lj::kSm2DistinguishingId));
    EXPECT_FALSE(opensslSm2Verify(spki, "hello", signature, std::nullopt));
}

TEST(keys, PemRoundTrip) {
    for (Suite suite : kAllSuites) {
        SCOPED_TRACE(std::string(lj::suiteName(suite)));
        const PrivateKey priv = PrivateKey::generate(suite);
        const std::string pem = priv.toPem();
        EXPECT_TRUE(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"));
        const Result<PrivateKey> loaded = PrivateKey::fromPem(suite, pem);
        ASSERT_TRUE(loaded.ok()) << loaded.error();
        EXPECT_EQ(loaded->suite(), suite);
        EXPECT_EQ(loaded->publicKey().spkiDer(), priv.publicKey().spkiDer());
        EXPECT_EQ(loaded->toPem(), pem);
        EXPECT_TRUE(priv.publicKey().verify("m", loaded->sign("m")));
    }
}

TEST(keys, WrongSuiteIsRejected) {
    for (Suite keySuite : kAllSuites) {
        const PrivateKey priv = PrivateKey::generate(keySuite);
        const Bytes spki = priv.publicKey().spkiDer();
        const std::string pem = priv.toPem();
        for (Suite asSuite : kAllSuites) {
            if (asSuite == keySuite) continue;
            SCOPED_TRACE(std::string(lj::suiteName(keySuite)) + " key as " +
                         std::string(lj::suiteName(asSuite)));
            const Result<PublicKey> pub = PublicKey::fromSpkiDer(asSuite, spki);
            ASSERT_FALSE(pub.ok());
            EXPECT_NE(pub.error().find("does not match suite"), std::string::npos) << pub.error();
            EXPECT_FALSE(PrivateKey::fromPem(asSuite, pem).ok());
        }
    }
}

TEST(keys, OtherCurvesAndMalformedKeysAreRejected) {
    std::unique_ptr<EVP_PKEY, EvpPkeyFree> p384(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    ASSERT_TRUE(p384);
    Bytes der(static_cast<std::size_t>(i2d_PUBKEY(p384.get(), nullptr)));
    unsigned char* out = der.data();
    i2d_PUBKEY(p384.get(), &out);
    const Result<PublicKey> onP384 = PublicKey::fromSpkiDer(Suite::Sha256P256, der);
    ASSERT_FALSE(onP384.ok());
    EXPECT_NE(onP384.error().find("P-256"), std::string::npos) << onP384.error();

    const Bytes good = PrivateKey::generate(Suite::Sha256P256).publicKey().spkiDer();
    EXPECT_TRUE(PublicKey::fromSpkiDer(Suite::Sha256P256, good).ok());
    Bytes trailing = good;
    trailing.push_back(0);
    EXPECT_FALSE(PublicKey::fromSpkiDer(Suite::Sha256P256, trailing).ok());
    const Bytes truncated(good.begin(), good.end() - 1);
    EXPECT_FALSE(PublicKey::fromSpkiDer(Suite::Sha256P256, truncated).ok());
    EXPECT_FALSE(PublicKey::fromSpkiDer(Suite::Sha256P256, Bytes{}).ok());
    EXPECT_FALSE(PublicKey::fromSpkiDer(Suite::Sha256P256, Bytes{0x30, 0x00}).ok());
    EXPECT_FALSE(PublicKey::fromSpkiBase64(Suite::Sha256P256, "not base64!").ok());
    EXPECT_FALSE(PublicKey::fromSpkiBase64(Suite::Sha256P256, lj::toBase64(good) + "\n").ok());

    EXPECT_FALSE(PrivateKey::fromPem(Suite::Sha256P256, "").ok());
    EXPECT_FALSE(PrivateKey::fromPem(Suite::Sha256P256,
                                     "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                     .ok());
    EXPECT_FALSE(
        PrivateKey::fromPem(Suite::Sha256P256, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n").ok());
}

TEST(keys, FingerprintsAreStable) {
    // SHA-256 / SM3 of the DER SPKI, computed independently (sha256sum, openssl dgst -sm3).
    const std::pair<const CommitSignature*, const char*> expected[] = {
        {&kCommitSignatures[0], "0b321d3b1a8e153bd2163e2055ce4f0e857af2c878ff8b350e6a168c5742986f"},
        {&kCommitSignatures[1], "464475764563c3db996b001e91f44e8664b28ec8e578135a6cfff0fa2bd6f689"},
        {&kCommitSignatures[2], "015989d0f4ff388ff4eaa1bc26ca1a58c190dd54454944dcf6c17eedf359f0ba"},
    };
    for (const auto& [c, fingerprint] : expected) {
        const Result<PublicKey> key = PublicKey::fromSpkiBase64(c->suite, c->key);
        ASSERT_TRUE(key.ok()) << key.error();
        EXPECT_EQ(key->fingerprint(), fingerprint);
        EXPECT_EQ(key->spkiBase64(), c->key);
        EXPECT_TRUE(lj::isLowerHex(key->fingerprint(), 32));
    }
    const PrivateKey priv = PrivateKey::generate(Suite::Sm3Sm2);
    EXPECT_EQ(priv.publicKey().fingerprint(), priv.publicKey().fingerprint());
}

TEST(keys, ConcurrentVerifyOnOneKey) {
    for (Suite suite : kAllSuites) {
        const PrivateKey priv = PrivateKey::generate(suite);
        const PublicKey pub = priv.publicKey();
        const Bytes good = priv.sign("concurrent");
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 50; ++i)
                    if (!pub.verify("concurrent", good) || pub.verify("concurrenT", good)) ++failures;
            });
        for (std::thread& thread : threads)
            thread.join();
        EXPECT_EQ(failures.load(), 0) << lj::suiteName(suite);
    }
}

} // namespace
