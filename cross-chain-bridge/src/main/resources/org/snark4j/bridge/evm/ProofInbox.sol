// SPDX-License-Identifier: Apache-2.0
pragma solidity >=0.8.4 <0.9.0;

/// @notice The verifier contracts snark4j generates expose this form of verifyProof.
interface IGroth16Verifier {
    function verifyProof(bytes calldata proof, uint256[] calldata input) external view returns (bool);
}

/// @title ProofInbox: the EVM end of the snark4j bridge.
/// @notice Verifying keys are registered as verifier contracts under a key id. A proof is accepted once per
/// message id (never keyed by the proof's bytes: Groth16 proofs are malleable, so the same statement has many
/// valid proofs), after its verifier says it holds. Anyone may ask the relayer to carry a proof to another chain.
contract ProofInbox {
    address public owner;
    mapping(bytes32 => address) public verifiers;
    mapping(bytes32 => bool) public accepted;
    mapping(bytes32 => bool) public requested;

    event VerifierRegistered(bytes32 indexed keyId, address verifier);
    event ProofAccepted(bytes32 indexed messageId, bytes32 indexed keyId, address indexed submitter, bytes32 inputsHash);
    event ProofRequested(bytes32 indexed messageId, bytes32 indexed keyId, uint256 indexed destination, bytes proof,
        uint256[] input);

    error NotOwner();
    error UnknownKey(bytes32 keyId);
    error AlreadyAccepted(bytes32 messageId);
    error AlreadyRequested(bytes32 messageId);
    error InvalidProof(bytes32 messageId);

    constructor() {
        owner = msg.sender;
    }

    function registerVerifier(bytes32 keyId, address verifier) external {
        if (msg.sender != owner) revert NotOwner();
        verifiers[keyId] = verifier;
        emit VerifierRegistered(keyId, verifier);
    }

    /// @notice Accepts a proof for a message id once; reverts for a seen id, an unknown key or a proof that fails.
    function submit(bytes32 keyId, bytes32 messageId, bytes calldata proof, uint256[] calldata input) external {
        if (accepted[messageId]) revert AlreadyAccepted(messageId);
        address verifier = verifiers[keyId];
        if (verifier == address(0)) revert UnknownKey(keyId);
        if (!IGroth16Verifier(verifier).verifyProof(proof, input)) revert InvalidProof(messageId);
        accepted[messageId] = true;
        emit ProofAccepted(messageId, keyId, msg.sender, keccak256(abi.encodePacked(input)));
    }

    /// @notice Asks the relayer to carry a proof to the destination chain (the relayer checks it before paying).
    function request(bytes32 keyId, bytes32 messageId, uint256 destination, bytes calldata proof,
        uint256[] calldata input) external {
        if (requested[messageId]) revert AlreadyRequested(messageId);
        requested[messageId] = true;
        emit ProofRequested(messageId, keyId, destination, proof, input);
    }
}
