// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace staffpath::services::demo {

/**
 * xoshiro256** seeded through splitmix64, with integer helpers of our own. The standard distributions are
 * implementation-defined, so using them would give a different trust on another compiler; this gives the same
 * bits everywhere.
 */
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto& word : m_state) {
            word = splitMix(seed);
        }
    }

    /** A child stream: lets one part of the generator change without shifting every later draw. */
    Random fork(std::uint64_t salt) { return Random(next() ^ (salt * 0x9E3779B97F4A7C15ULL)); }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /** Uniform in [0, n); n must be positive. Rejection removes the modulo bias. */
    std::uint64_t below(std::uint64_t n)
    {
        if (n <= 1) {
            return 0;
        }
        const std::uint64_t threshold = (0 - n) % n;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold) {
                return r % n;
            }
        }
    }

    /** Uniform in [lo, hi], inclusive; returns lo when hi < lo. */
    int range(int lo, int hi)
    {
        if (hi <= lo) {
            return lo;
        }
        return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }

    /** True with probability percent/100. */
    bool percent(int percent) { return static_cast<int>(below(100)) < percent; }
    /** True with probability perMille/1000. */
    bool perMille(int perMille) { return static_cast<int>(below(1000)) < perMille; }

    template <class T>
    const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(items.size()))];
    }

    /** Index drawn with the given integer weights (all non-negative, at least one positive). */
    std::size_t weighted(std::span<const int> weights)
    {
        long total = 0;
        for (int w : weights) {
            total += w;
        }
        long r = static_cast<long>(below(static_cast<std::uint64_t>(total)));
        for (std::size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    static std::uint64_t splitMix(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4]{};
};

} // namespace staffpath::services::demo
