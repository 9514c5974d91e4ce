// Groups at risk: appended to Transcrypt's re.js at build time (m_shared/link.py link_library), only when a
// tabled pattern has groups at risk or the translator is published (patterns made at run time).
// Observed: a capturing group inside a repeated group, or a repeated group that can match empty, gives other
// text in JavaScript than in CPython ((?:(a)|b)+ on "ab": CPython keeps 'a' from the earlier repetition,
// JavaScript clears it), silently. Reading such a group now throws an MSharedError; matching and group 0 work
// as before. A Match of such a pattern gets accessors for those groups in its array of groups (group(),
// groups(), groupdict(), start(), end(), span() read it), and findall and split, whose results hold every
// group, throw when they found a match. A pattern's groups at risk are the sixth value translate() returns
// (read once per compiled pattern).
(function () {
	var messages = {
		inside: ' is inside a repeated group: CPython keeps the text it matched in an earlier repetition, JavaScript clears it at each repetition, so they give different text (matching and group 0 agree). Capture the whole repetition instead, e.g. ((?:a|b)+) for (?:(a)|b)+, or match group 0 again for its parts',
		empty: ' is repeated and can match the empty string: CPython keeps an empty last repetition, JavaScript refuses it, so they give different text (matching and group 0 agree). Write the group so that it cannot match empty, e.g. ([0-9]+)? for ([0-9]*)? or (a+)*b for (a*)*b'
	};
	function risks (compiled) {
		if (compiled.__m_shared_risks__ === undefined) {
			Object.defineProperty (compiled, '__m_shared_risks__', {value: (compiled._flags & JSSTRICT) ? null : translate (compiled._pypattern) [5] || null});
		}
		return compiled.__m_shared_risks__;
	}
	function refuse (compiled, risk) {
		var error = new Error ('m_shared: group ' + risk [0] + ' of the regular expression ' + JSON.stringify (compiled._pypattern) + messages [risk [1]]);
		error.name = 'MSharedError';
		throw error;
	}
	function wrap (cls, name, make) {
		var original = cls [name];
		if (typeof original == 'function') {
			var replaced = make (original);
			Object.defineProperty (cls, name, {get: function () {return __get__ (this, replaced);}, configurable: true});
		}
	}
	wrap (Match, '__init__', function (original) {
		return function (self, mObj, string, pos, endpos, rObj) {
			original.apply (null, arguments);
			var found = rObj ? risks (rObj) : null;
			for (var index = 0; found && index < found.length; index++) {
				if (found [index] [0] < mObj.length) {
					Object.defineProperty (mObj, found [index] [0], {get: refuse.bind (null, rObj, found [index])});
				}
			}
		};
	});
	['findall', 'split'].forEach (function (name) {
		wrap (PyRegExp, name, function (original) {
			return function (self) {
				var result = original.apply (null, arguments);
				var found = risks (self);
				if (found && result.length > (name == 'split' ? 1 : 0)) {
					refuse (self, found [0]);
				}
				return result;
			};
		});
	});
})();
